#!/usr/bin/env python3
"""Lists, in package-lock.json, the other platforms' optional binaries (swc, rollup, unrs) that the
registry here does not serve, so `npm ci` accepts the lockfile; npm skips them on this platform by
their os/cpu fields and never fetches them. Run after `npm install` changes the lockfile."""
import json, re, sys

FAMILIES = {'@swc/core': '@swc/core-', 'rollup': '@rollup/rollup-', 'unrs-resolver': '@unrs/resolver-binding-'}
OS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'openharmony', 'netbsd', 'sunos', 'aix']
CPU = {'arm64': 'arm64', 'x64': 'x64', 'ia32': 'ia32', 'arm': 'arm', 'ppc64': 'ppc64', 's390x': 's390x', 'riscv64': 'riscv64', 'loong64': 'loong64', 'wasm32': 'wasm32'}

def platform(name):
    parts = re.split(r'[-/]', name.split('/')[-1])
    os_ = next((p for p in parts if p in OS), None)
    cpu = next((CPU[p] for p in parts if p in CPU), None)
    libc = 'musl' if 'musl' in parts or 'musleabihf' in parts else ('glibc' if os_ == 'linux' else None)
    return os_, cpu, libc

lock_path = sys.argv[1] if len(sys.argv) > 1 else 'package-lock.json'
lock = json.load(open(lock_path))
packages = lock['packages']
added = 0
for path, meta in list(packages.items()):
    name = path.split('node_modules/')[-1]
    if name not in FAMILIES:
        continue
    for dep, version in (meta.get('optionalDependencies') or {}).items():
        if not dep.startswith(FAMILIES[name]):
            continue
        key = path[: path.rfind('node_modules/')] + 'node_modules/' + dep
        if key in packages:
            continue
        os_, cpu, libc = platform(dep)
        if not os_ or not cpu:
            continue
        entry = {'version': version, 'cpu': [cpu], 'optional': True, 'os': [os_]}
        if libc:
            entry['libc'] = [libc]
        packages[key] = entry
        added += 1
lock['packages'] = dict(sorted(packages.items(), key=lambda kv: (kv[0] != '', kv[0])))
json.dump(lock, open(lock_path, 'w'), indent=2)
open(lock_path, 'a').write('\n')
print(f'{added} platform packages listed')
