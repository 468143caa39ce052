package com.gongxuhui.demand.project;

import com.gongxuhui.demand.file.DemandFileView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The project with what it owes the intermediary: fee due = contract amount × fee ratio (percent), to the
 * fen, half up; fee paid = the vouchers' sum. Its contract is the demand's file attached last as CONTRACT; until
 * there is one the project shows "contract missing" (manual: a project is registered with its contract).
 */
public record ProjectView(long id, long demandId, String name, ProjectCategory category, BigDecimal contractAmount,
        LocalDate signedOn, String leader, String members, String undertakingUnit, String subjectType,
        String cooperationMode, BigDecimal feeRatio, BigDecimal feeDue, BigDecimal feePaid, List<Voucher> vouchers,
        Instant registeredAt, DemandFileView contract, boolean contractMissing) {

    public record Voucher(long id, BigDecimal amount, LocalDate paidOn, String note, Instant uploadedAt) {
    }

    static ProjectView of(Project p, List<FeeVoucher> vouchers, DemandFileView contract) {
        BigDecimal due = p.getContractAmount().multiply(p.getFeeRatio()).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_UP);
        BigDecimal paid = vouchers.stream().map(FeeVoucher::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.UNNECESSARY);
        return new ProjectView(p.getId(), p.getDemandId(), p.getName(), p.getCategory(), p.getContractAmount(),
                p.getSignedOn(), p.getLeader(), p.getMembers(), p.getUndertakingUnit(), p.getSubjectType(),
                p.getCooperationMode(), p.getFeeRatio(), due, paid, vouchers.stream()
                        .map(v -> new Voucher(v.getId(), v.getAmount(), v.getPaidOn(), v.getNote(), v.getUploadedAt()))
                        .toList(), p.getRegisteredAt(), contract, contract == null);
    }
}
