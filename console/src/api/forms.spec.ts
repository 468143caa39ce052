import { describe, expect, it } from 'vitest'
import { expertFormOf, institutionUpdateOf } from './forms'
import type { ExpertView, InstitutionView } from './types'

const institution: InstitutionView = {
  id: 7, name: '浙江农林大学技术转移中心', uscc: '12330000470116245X', usccCheckOverridden: false, type: 'UNIVERSITY',
  serviceTypes: ['TECHNOLOGY_TRANSFER'], regionCode: '330106', minFeeRatio: 5, introduction: null as unknown as string,
  headName: '王主任', createdAt: '2026-11-20T02:00:00Z',
}

const expert: ExpertView = {
  id: 3, institutionId: 7, name: '林振华', phone: '13900000001', organisation: '浙江农林大学', title: '教授',
  fields: ['ADVANCED_MANUFACTURING'], introduction: '茶叶加工机械', followsOfficialAccount: false,
  createdAt: '2026-11-20T02:00:00Z', updatedAt: '2026-11-20T02:00:00Z',
}

describe('an edit dialog starts from the object shown', () => {
  it('offers an institution\'s editable fields only, a missing introduction as empty text', () => {
    expect(institutionUpdateOf(institution)).toEqual({
      type: 'UNIVERSITY', serviceTypes: ['TECHNOLOGY_TRANSFER'], minFeeRatio: 5, introduction: '', headName: '王主任',
    })
  })

  it('copies the lists, so that editing the form leaves the row on the screen as it was', () => {
    const form = institutionUpdateOf(institution)
    form.serviceTypes.push('TESTING')
    expect(institution.serviceTypes).toEqual(['TECHNOLOGY_TRANSFER'])
    const expertForm = expertFormOf(expert)
    expertForm.fields.push('NEW_MATERIALS')
    expect(expert.fields).toEqual(['ADVANCED_MANUFACTURING'])
  })

  it('offers an expert\'s form fields, not his id, institution or account state', () => {
    expect(expertFormOf(expert)).toEqual({
      name: '林振华', phone: '13900000001', organisation: '浙江农林大学', title: '教授', fields: ['ADVANCED_MANUFACTURING'],
      introduction: '茶叶加工机械',
    })
  })
})
