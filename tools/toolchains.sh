#!/usr/bin/env bash
# Installs the compilers and runtimes that check and run the docs samples
# (tests/samples/): Debian packages, then the pinned npm tools in tools/node/.
# Idempotent: asks apt only for what is missing and runs `npm ci` only when the
# lock file changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages, each checked by name.
packages=(
    golang-go                       # Go: gofmt, go vet, go build
    php-cli php-curl                # PHP and its curl extension
    mono-mcs mono-devel             # Mono C# compiler and runtime (C#, Unity, WPF)
    ruby                            # Ruby (net/http, openssl)
    lua5.4 lua-socket lua-luaossl   # Lua 5.4 + luac, luasocket, luaossl (HMAC)
    libcurl4-openssl-dev libssl-dev # C++: libcurl and OpenSSL headers
    curl openssl                    # the Shell samples (openssl computes HMACs)
    librust-reqwest-dev librust-hmac-dev librust-sha2-dev librust-hex-dev # Rust crates, offline
)
# Tools the machine image usually has from elsewhere: install Debian's only when absent.
declare -A by_command=([g++]=g++ [perl]=perl [javac]=openjdk-17-jdk-headless [node]=nodejs [npm]=npm)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
for command in "${!by_command[@]}"; do
    command -v "$command" >/dev/null || missing+=("${by_command[$command]}")
done

if ((${#missing[@]})); then
    echo "toolchains: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
else
    echo "toolchains: Debian packages present"
fi

stamp=tools/node/node_modules/.apigen-lock.json
if cmp -s tools/node/package-lock.json "$stamp"; then
    echo "toolchains: npm tools present"
else
    (cd tools/node && npm ci --no-audit --no-fund)
    cp tools/node/package-lock.json "$stamp"
fi
