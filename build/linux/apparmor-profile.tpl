# AppArmor profile installed by Passerelle's deb to /etc/apparmor.d/${executable} (Ubuntu 24.04 and later).
# It confines nothing (flags=(unconfined)): its one job is the `userns` permission, which Ubuntu now grants only to
# programs with a profile and which Chromium's sandbox needs to isolate each page. Without it Electron either
# refuses to start or someone starts it with --no-sandbox; this profile keeps the sandbox on.
# electron-builder fills in the executable's name and the install folder (deb.appArmorProfile in electron-builder.yml).
abi <abi/4.0>,
include <tunables/global>

profile "${executable}" "/opt/${sanitizedProductName}/${executable}" flags=(unconfined) {
  userns,

  # Site-specific additions and overrides (IT may add rules there). See local/README for details.
  include if exists <local/${executable}>
}
