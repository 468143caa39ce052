{{/* Labels of every object of a workload: name, component and the platform. */}}
{{- define "gxh.labels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/component: {{ .component }}
app.kubernetes.io/part-of: gongxuhui
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- end }}

{{- define "gxh.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end }}

{{/* <registry>/<name>:<tag> */}}
{{- define "gxh.image" -}}
{{ .root.Values.image.registry }}/{{ .name }}:{{ .root.Values.image.tag | default .root.Chart.AppVersion }}
{{- end }}

{{/* A Java workload's entry of `services`, merged over javaDefaults. */}}
{{- define "gxh.java" -}}
{{- $service := index .root.Values.services .name -}}
{{- toYaml (mergeOverwrite (deepCopy .root.Values.javaDefaults) (deepCopy $service)) -}}
{{- end }}

{{/* Environment variables from maps of name → value (later maps win), in name order. */}}
{{- define "gxh.envValues" -}}
{{- $all := dict -}}
{{- range .maps }}{{ $all = merge (deepCopy .) $all }}{{ end -}}
{{- range $name := keys $all | sortAlpha }}
- name: {{ $name }}
  value: {{ index $all $name | toString | quote }}
{{- end }}
{{- end }}

{{/* One secretKeyRef per key of each listed Secret (values: secrets). */}}
{{- define "gxh.envSecrets" -}}
{{- $root := .root -}}
{{- range $secret := .secrets }}
{{- $keys := index $root.Values.secrets $secret | required (printf "secrets.%s is not declared" $secret) }}
{{- range $key := $keys }}
- name: {{ $key }}
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: {{ $key }}
{{- end }}
{{- end }}
{{- end }}

{{/* The pod-level hardening every workload shares. */}}
{{- define "gxh.podSecurity" -}}
automountServiceAccountToken: false
enableServiceLinks: false
securityContext:
  runAsNonRoot: true
  runAsUser: {{ .runAsUser }}
  runAsGroup: {{ .runAsUser }}
  fsGroup: {{ .runAsUser }}
  seccompProfile:
    type: RuntimeDefault
{{- end }}

{{- define "gxh.containerSecurity" -}}
securityContext:
  allowPrivilegeEscalation: false
  readOnlyRootFilesystem: true
  runAsNonRoot: true
  capabilities:
    drop: ["ALL"]
{{- end }}

{{/* The writable directories of a read-only root filesystem: one emptyDir each (name → path, sizeLimit). */}}
{{- define "gxh.writableMounts" -}}
volumeMounts:
{{- range $name, $dir := . }}
  - name: {{ $name }}
    mountPath: {{ $dir.path }}
{{- end }}
{{- end }}

{{- define "gxh.writableVolumes" -}}
volumes:
{{- range $name, $dir := . }}
  - name: {{ $name }}
    emptyDir:
      sizeLimit: {{ $dir.sizeLimit }}
{{- end }}
{{- end }}

{{/* Annotations of a setup hook; weight orders the hooks (configuration first, migrations last). */}}
{{- define "gxh.hook" -}}
helm.sh/hook: pre-install,pre-upgrade
helm.sh/hook-weight: {{ . | quote }}
helm.sh/hook-delete-policy: before-hook-creation
{{- end }}
