#!/bin/sh
# packaging/rpm-repo.sh: `make rpm-repo`. Turns the RPMs from `make rpm` into a dnf repository,
# BUILD_DIR/packages/rpm-repo (createrepo_c metadata), plus halvm-sdk.repo, the file a Fedora
# user drops into /etc/yum.repos.d/ (docs/packaging.md). REPO_URL (default: the directory as a
# file:// URL) is where users will reach the repository, e.g. https://example.org/halvm/.
# Usage: packaging/rpm-repo.sh BUILD_DIR
set -e
B=$(cd "${1:?usage: packaging/rpm-repo.sh BUILD_DIR}" && pwd)
command -v createrepo_c >/dev/null || { echo "rpm-repo: createrepo_c is missing (ci/install-deps.sh installs it)" >&2; exit 1; }
repo=$B/packages/rpm-repo
rm -rf "$repo" && mkdir -p "$repo"
cp "$B"/packages/halvm-sdk-*.x86_64.rpm "$repo/"
createrepo_c -q "$repo"
cat >"$repo/halvm-sdk.repo" <<REPO
# halvm-sdk.repo: the HaLVM SDK for Fedora. Copy to /etc/yum.repos.d/, then: dnf install halvm-sdk
[halvm-sdk]
name=HaLVM SDK
baseurl=${REPO_URL:-file://$repo}
enabled=1
# Builds from \`make rpm\` are not signed; a published repository should sign them and set
# gpgcheck=1 with gpgkey=.
gpgcheck=0
REPO
echo "$repo/halvm-sdk.repo"
