import json, copy, os, sys
out = sys.argv[1]
valid_dir = os.path.join(out, 'valid'); bad_dir = os.path.join(out, 'bad')
base = json.load(open(os.path.join(valid_dir, 'spec-example.json')))
def P(d): return d['participants'][0]
def se_base():
    d = copy.deepcopy(base)
    p = P(d)
    p['id'] = 'SVH-Z01'; p['segment'] = 'self-employed'
    p['registration'] = {'headcount': 1, 'sector': 'hospitality'}
    m3 = p['monitor3']
    m3['aspects'] = ['vitality-health', 'training-development']
    m3['actions'] = [{'indicator': 'lifestyle', 'followUp': 'yes'}, {'indicator': 'training', 'followUp': 'no'}]
    m3['opportunities'] = {'awareness': 4, 'familiarity': 3}
    m3['obstacles'] = {'budget': 2, 'investment-need': 5}
    return d

manifest = []
def dump(d): return json.dumps(d, indent=2, ensure_ascii=False) + '\n'
def bad(name, path, code, mutate=None, text=None, raw=None, severity='error', base_doc=None, line=None, column=None):
    fname = name + '.json'
    doc = copy.deepcopy(base_doc if base_doc is not None else base)
    if mutate: mutate(doc)
    if raw is not None:
        data = raw
    else:
        data = (text(dump(doc)) if text else dump(doc)).encode('utf-8')
    open(os.path.join(bad_dir, fname), 'wb').write(data)
    e = {'file': fname, 'path': path, 'code': code, 'severity': severity}
    if line: e['line'] = line; e['column'] = column
    manifest.append(e)

def setp(path, value):
    def f(d):
        o = d
        for k in path[:-1]: o = o[k]
        o[path[-1]] = value
    return f
def delp(path):
    def f(d):
        o = d
        for k in path[:-1]: o = o[k]
        del o[path[-1]]
    return f
pp = ['participants', 0]
m1 = pp + ['monitor1']; m2 = pp + ['monitor2']; m3 = pp + ['monitor3']; reg = pp + ['registration']
def rep(old, new, count=1):
    def t(s):
        assert old in s, old
        return s.replace(old, new, count)
    return t

# syntax and encoding
bad('syntax-trailing-comma-root', '$', 'json-syntax', text=rep('"version": 1,', '"version": 1,,'))
bad('syntax-trailing-comma-array', 'participants[0]', 'json-syntax', text=rep('"oral"\n', '"oral",\n'))
bad('syntax-comment', '$', 'json-syntax', text=rep('"version": 1,', '"version": 1, // one'))
bad('syntax-nan', 'participants[0]', 'json-syntax', text=rep('"grade": 8', '"grade": NaN'))
bad('syntax-infinity', 'participants[0]', 'json-syntax', text=rep('"grade": 8', '"grade": Infinity'))
bad('syntax-leading-zero', 'participants[0]', 'json-syntax', text=rep('"grade": 8', '"grade": 08'))
bad('syntax-single-quotes', '$', 'json-syntax', text=rep('"format"', "'format'"))
bad('syntax-truncated', 'participants[0]', 'json-syntax', text=lambda s: s[: s.index('"monitor2"')])
bad('syntax-empty', '$', 'json-syntax', raw=b'')
bad('syntax-trailing-content', '$', 'json-syntax', text=lambda s: s + '{}\n')
bad('encoding-utf16', '$', 'json-encoding', raw=b'\xff\xfe' + dump(base).encode('utf-16-le'))
bad('encoding-utf16-nobom', '$', 'json-encoding', raw=dump(base).encode('utf-16-le'))
bad('encoding-invalid-utf8', 'participants[0]', 'json-encoding', raw=dump(base).encode('utf-8').replace(b'Twee', b'Tw\xc3\x28e'))
# root
bad('encoding-lone-surrogate-id', 'participants[0].id', 'json-encoding', text=rep('"SVH-0001"', '"SVH-\\ud800"'))
bad('encoding-lone-surrogate-date', 'participants[0].monitor1.date', 'invalid-date', text=rep('"2015-06-15"', '"2015-06-1\\udc00"'))
bad('encoding-lone-surrogate-name', 'participants[0].registration.sub\\ud800Sector', 'unknown-property', text=rep('"subSector"', '"sub\\ud800Sector"'))
bad('root-array', '$', 'json-type', raw=b'[]')
bad('root-missing-format', 'format', 'required', mutate=delp(['format']))
bad('root-wrong-format', 'format', 'unknown-format', mutate=setp(['format'], 'durable-employability/report'))
bad('root-version-2', 'version', 'unknown-version', mutate=setp(['version'], 2))
bad('root-version-string', 'version', 'json-type', mutate=setp(['version'], '1'))
bad('root-version-float', 'version', 'not-an-integer', text=rep('"version": 1', '"version": 1.0'))
bad('root-unknown-property', 'formats', 'unknown-property', mutate=setp(['formats'], 1))
bad('root-duplicate-property', 'format', 'duplicate-property', text=rep('"version": 1,', '"version": 1,\n  "format": "durable-employability/dataset",'))
bad('root-participants-null', 'participants', 'required', mutate=setp(['participants'], None))
# partners
bad('partner-missing-name', 'partners[0].name', 'required', mutate=delp(['partners', 0, 'name']))
bad('partner-empty-code', 'partners[0].code', 'partner-code-empty', mutate=lambda d: (d['partners'][0].update(code=''), P(d).update(partner='')))
bad('partner-duplicate-code', 'partners[1].code', 'partner-duplicate', mutate=lambda d: d['partners'].append({'code': 'SVH', 'name': 'Again'}))
bad('partner-negative-target', 'partners[0].targets.original', 'target-range', mutate=setp(['partners', 0, 'targets', 'original'], -1))
bad('partner-unknown-property', 'partners[0].website', 'unknown-property', mutate=setp(['partners', 0, 'website'], 'x'))
# participant identity
bad('participant-empty-id', 'participants[0].id', 'id-length', mutate=setp(pp + ['id'], ''))
bad('participant-long-id', 'participants[0].id', 'id-length', mutate=setp(pp + ['id'], 'x' * 201))
bad('participant-id-number', 'participants[0].id', 'json-type', mutate=setp(pp + ['id'], 17))
bad('participant-id-null', 'participants[0].id', 'required', mutate=setp(pp + ['id'], None))
bad('participant-duplicate-id', 'participants[1].id', 'id-duplicate', mutate=lambda d: d['participants'].append(copy.deepcopy(P(d))))
bad('participant-unknown-partner', 'participants[0].partner', 'unknown-partner', mutate=setp(pp + ['partner'], 'XYZ'))
bad('participant-unknown-segment', 'participants[0].segment', 'unknown-code', mutate=setp(pp + ['segment'], 'zzp'))
bad('participant-missing-segment', 'participants[0].segment', 'required', mutate=delp(pp + ['segment']))
bad('participant-unknown-property', 'participants[0].notes', 'unknown-property', mutate=setp(pp + ['notes'], 'x'))
bad('participant-duplicate-property', 'participants[0].id', 'duplicate-property', text=rep('"id": "SVH-0001",', '"id": "SVH-0001",\n      "id": "SVH-0002",'))
bad('participant-extensions-array', 'participants[0].extensions', 'json-type', mutate=setp(pp + ['extensions'], [1]))
# registration
bad('registration-headcount-zero', 'participants[0].registration.headcount', 'headcount-range', mutate=setp(reg + ['headcount'], 0))
bad('registration-headcount-string', 'participants[0].registration.headcount', 'json-type', mutate=setp(reg + ['headcount'], '12'))
bad('registration-headcount-fraction', 'participants[0].registration.headcount', 'not-an-integer', text=rep('"headcount": 12', '"headcount": 12.5'))
bad('registration-headcount-exponent', 'participants[0].registration.headcount', 'not-an-integer', text=rep('"headcount": 12', '"headcount": 12e0'))
bad('registration-headcount-64bit', 'participants[0].registration.headcount', 'not-an-integer', text=rep('"headcount": 12', '"headcount": 3000000000'))
bad('registration-unknown-band', 'participants[0].registration.permanentContracts', 'unknown-code', mutate=setp(reg + ['permanentContracts'], '10-20'))
bad('registration-unknown-age-group', 'participants[0].registration.ageGroups.over-65', 'unknown-code', mutate=setp(reg + ['ageGroups', 'over-65'], '<25'))
bad('registration-duplicate-age-group', 'participants[0].registration.ageGroups.26-55', 'duplicate-property', text=rep('"26-55": "50-75",', '"26-55": "50-75", "26-55": "<25",'))
bad('self-employed-men', 'participants[0].registration.men', 'company-only-field', base_doc=se_base(), mutate=setp(reg + ['men'], '>75'))
bad('self-employed-education', 'participants[0].registration.educationLevels', 'company-only-field', base_doc=se_base(), mutate=setp(reg + ['educationLevels'], {'higher': '<25'}))
bad('self-employed-headcount', 'participants[0].registration.headcount', 'self-employed-headcount', base_doc=se_base(), mutate=setp(reg + ['headcount'], 3))
# monitor 1
bad('monitor1-missing-date', 'participants[0].monitor1.date', 'required', mutate=delp(m1 + ['date']))
bad('monitor1-date-format', 'participants[0].monitor1.date', 'invalid-date', mutate=setp(m1 + ['date'], '15-06-2015'))
bad('monitor1-date-impossible', 'participants[0].monitor1.date', 'invalid-date', mutate=setp(m1 + ['date'], '2015-02-30'))
bad('monitor1-date-time', 'participants[0].monitor1.date', 'invalid-date', mutate=setp(m1 + ['date'], '2015-06-15T00:00:00'))
bad('monitor1-unknown-typology', 'participants[0].monitor1.typology', 'unknown-code', mutate=setp(m1 + ['typology'], 'E'))
bad('monitor1-lowercase-typology', 'participants[0].monitor1.typology', 'unknown-code', mutate=setp(m1 + ['typology'], 'ab'))
bad('monitor1-missing-typology', 'participants[0].monitor1.typology', 'required', mutate=delp(m1 + ['typology']))
bad('monitor1-repeated-diagnosis', 'participants[0].monitor1.diagnosis[3]', 'repeated-code', mutate=lambda d: P(d)['monitor1']['diagnosis'].append('inventory'))
bad('monitor1-unknown-diagnosis', 'participants[0].monitor1.diagnosis[0]', 'unknown-code', mutate=setp(m1 + ['diagnosis', 0], 'survey'))
bad('monitor1-diagnosis-string', 'participants[0].monitor1.diagnosis', 'json-type', mutate=setp(m1 + ['diagnosis'], 'inventory'))
bad('monitor1-execution-code-of-presentation', 'participants[0].monitor1.execution[0]', 'unknown-code', mutate=setp(m1 + ['execution', 0], 'oral'))
# monitor 2 and dates
bad('monitor2-note-number', 'participants[0].monitor2.note', 'json-type', mutate=setp(m2 + ['note'], 2))
bad('monitor2-before-monitor1', 'participants[0].monitor2.date', 'dates-out-of-order', mutate=setp(m2 + ['date'], '2015-06-14'))
bad('monitor3-before-monitor2', 'participants[0].monitor3.date', 'dates-out-of-order', mutate=setp(m3 + ['date'], '2015-11-01'))
bad('monitor3-before-monitor1-no-monitor2', 'participants[0].monitor3.date', 'dates-out-of-order', mutate=lambda d: (P(d).pop('monitor2'), P(d)['monitor3'].update(date='2015-01-01')))
# monitor 3
bad('monitor3-rating-zero', 'participants[0].monitor3.opportunities.awareness', 'rating-range', mutate=setp(m3 + ['opportunities', 'awareness'], 0))
bad('monitor3-rating-six', 'participants[0].monitor3.opportunities.policy', 'rating-range', mutate=setp(m3 + ['opportunities', 'policy'], 6))
bad('monitor3-rating-string', 'participants[0].monitor3.obstacles.budget', 'json-type', mutate=setp(m3 + ['obstacles', 'budget'], '4'))
bad('monitor3-rating-fraction', 'participants[0].monitor3.obstacles.budget', 'not-an-integer', text=rep('"budget": 4', '"budget": 4.0'))
bad('monitor3-unknown-obstacle', 'participants[0].monitor3.obstacles.weather', 'unknown-code', mutate=setp(m3 + ['obstacles', 'weather'], 3))
bad('monitor3-obstacle-code-as-opportunity', 'participants[0].monitor3.opportunities.budget', 'unknown-code', mutate=setp(m3 + ['opportunities', 'budget'], 3))
bad('self-employed-policy', 'participants[0].monitor3.opportunities.policy', 'code-other-segment', base_doc=se_base(), mutate=setp(m3 + ['opportunities', 'policy'], 3))
bad('self-employed-cao-attention', 'participants[0].monitor3.obstacles.cao-attention', 'code-other-segment', base_doc=se_base(), mutate=setp(m3 + ['obstacles', 'cao-attention'], 3))
bad('self-employed-company-aspect', 'participants[0].monitor3.aspects[0]', 'code-other-segment', base_doc=se_base(), mutate=setp(m3 + ['aspects', 0], 'organisation'))
bad('company-training-indicator', 'participants[0].monitor3.actions[0].indicator', 'code-other-segment', mutate=setp(m3 + ['actions', 0, 'indicator'], 'training'))
bad('monitor3-unknown-indicator', 'participants[0].monitor3.actions[0].indicator', 'unknown-code', mutate=setp(m3 + ['actions', 0, 'indicator'], 'yoga'))
bad('monitor3-unknown-follow-up', 'participants[0].monitor3.actions[1].followUp', 'unknown-code', mutate=setp(m3 + ['actions', 1, 'followUp'], 'perhaps'))
bad('monitor3-missing-follow-up', 'participants[0].monitor3.actions[0].followUp', 'required', mutate=delp(m3 + ['actions', 0, 'followUp']))
bad('monitor3-action-unknown-property', 'participants[0].monitor3.actions[0].aspect', 'unknown-property', mutate=setp(m3 + ['actions', 0, 'aspect'], 'organisation'))
bad('monitor3-repeated-aspect', 'participants[0].monitor3.aspects[2]', 'repeated-code', mutate=lambda d: P(d)['monitor3']['aspects'].append('monitoring'))
bad('monitor3-unknown-aspect', 'participants[0].monitor3.aspects[1]', 'unknown-code', mutate=setp(m3 + ['aspects', 1], 'finance'))
bad('monitor3-grade-eleven', 'participants[0].monitor3.grade', 'grade-range', mutate=setp(m3 + ['grade'], 11))
bad('monitor3-grade-zero', 'participants[0].monitor3.grade', 'grade-range', mutate=setp(m3 + ['grade'], 0))
bad('monitor3-grade-string', 'participants[0].monitor3.grade', 'json-type', mutate=setp(m3 + ['grade'], '8'))
bad('monitor3-unknown-satisfaction', 'participants[0].monitor3.satisfaction', 'unknown-code', mutate=setp(m3 + ['satisfaction'], 'E'))
bad('monitor3-unknown-form', 'participants[0].monitor3.continuation.form', 'unknown-code', mutate=setp(m3 + ['continuation', 'form'], 'stop'))
bad('monitor3-continues-string', 'participants[0].monitor3.continuation.continues', 'json-type', mutate=setp(m3 + ['continuation', 'continues'], 'yes'))
bad('monitor3-continuation-unknown-property', 'participants[0].monitor3.continuation.reason', 'unknown-property', mutate=setp(m3 + ['continuation', 'reason'], 'x'))
bad('monitor3-typology-null', 'participants[0].monitor3.typology', 'required', mutate=setp(m3 + ['typology'], None))
bad('depth-extensions', 'participants[0]', 'json-max-depth', mutate=setp(pp + ['extensions'], json.loads('{"a":' * 70 + '1' + '}' * 70)))
# found by the conformance audit
bad('participant-duplicate-segment', 'participants[0].segment', 'duplicate-property', text=rep('"segment": "company",', '"segment": "company",\n      "segment": "self-employed",'))
bad('root-partners-null', 'partners', 'required', mutate=setp(['partners'], None))
bad('root-partners-object', 'partners', 'json-type', mutate=setp(['partners'], {}))
bad('root-duplicate-participants-array', 'participants', 'duplicate-property', text=lambda s: s[: s.rindex('}')].rstrip() + ',\n  "participants": [ { "id": 5 }, [1, 2], "x" ]\n}\n')
bad('root-duplicate-partners-array', 'partners', 'duplicate-property', text=rep('"participants": [', '"partners": [ { "code": 5 } ],\n  "participants": ['))
bad('extensions-duplicate-name', 'participants[0].extensions.a', 'duplicate-property', text=rep('"segment": "company",', '"segment": "company",\n      "extensions": { "a": 1, "b": { "a": 2 }, "a": 3 },'))
bad('extensions-duplicate-nested', 'extensions.x[1].k', 'duplicate-property', text=rep('"version": 1,', '"version": 1,\n  "extensions": { "x": [ { "k": 1 }, { "k": 1, "\\u006b": 2 } ] },'))
bad('extensions-lone-surrogate-deep', 'participants[0].monitor3.extensions.k[1]', 'json-encoding', text=rep('"grade": 8,', '"grade": 8,\n        "extensions": { "k": [ "ok", "\\ud800" ] },'))
bad('encoding-invalid-utf8-code', 'participants[0]', 'json-encoding', raw=dump(base).encode('utf-8').replace(b'"company"', b'"comp\xffany"'), line=18, column=18)
bad('encoding-invalid-utf8-root-name', '$', 'json-encoding', raw=dump(base).encode('utf-8').replace(b'"version"', b'"vers\xc3ion"'), line=3, column=3)
bad('encoding-invalid-utf8-skipped', 'participants[0]', 'json-encoding', raw=dump(base).encode('utf-8').replace(b'"motto": "Samen', b'"mottoo": "Sa\xe9men'), line=91, column=19)
bad('depth-position', 'participants[0]', 'json-max-depth', text=rep('"grade": 8', '"grade": ' + '[' * 70 + ']' * 70), line=90, column=78)
bad('monitor3-grade-minus-zero', 'participants[0].monitor3.grade', 'grade-range', text=rep('"grade": 8', '"grade": -0'))
bad('monitor3-rating-exponent', 'participants[0].monitor3.opportunities.awareness', 'not-an-integer', text=rep('"awareness": 4', '"awareness": 4e0'))
bad('monitor3-rating-huge', 'participants[0].monitor3.opportunities.awareness', 'not-an-integer', text=rep('"awareness": 4', '"awareness": 1E400'))
bad('root-version-last-unknown', 'version', 'unknown-version', text=lambda s: s.replace('"version": 1,\n', '', 1)[: s.replace('"version": 1,\n', '', 1).rindex('}')].rstrip() + ',\n  "version": 3\n}\n')
bad('syntax-second-root', '$', 'json-syntax', text=lambda s: s + dump(base), line=96, column=1)
bad('syntax-root-then-garbage', '$', 'json-syntax', text=lambda s: s + '  ]\n', line=96, column=3)
# warnings
bad('warning-action-aspect', 'participants[0].monitor3.actions[1]', 'action-aspect-not-worked-on', severity='warning', mutate=setp(m3 + ['aspects'], ['organisation']))
bad('warning-continuation-form', 'participants[0].monitor3.continuation.form', 'continuation-ignored', severity='warning', mutate=setp(m3 + ['continuation'], {'continues': False, 'form': 'continue'}))
bad('warning-continuation-support', 'participants[0].monitor3.continuation.supportWanted', 'continuation-ignored', severity='warning', mutate=setp(m3 + ['continuation'], {'continues': False, 'supportWanted': True}))

json.dump(manifest, open(os.path.join(bad_dir, 'manifest.json'), 'w'), indent=2)
# valid edge cases
def valid(name, doc=None, raw=None):
    open(os.path.join(valid_dir, name + '.json'), 'wb').write(raw if raw is not None else dump(doc).encode('utf-8'))
d = copy.deepcopy(base); d['participants'] = []; valid('empty-participants', d)
d = copy.deepcopy(base); del P(d)['monitor3']['opportunities']; P(d)['monitor3']['obstacles'] = {k: None for k in P(d)['monitor3']['obstacles']}; valid('all-ratings-missing', d)
valid('self-employed-only', se_base())
valid('utf8-bom', raw=b'\xef\xbb\xbf' + dump(base).encode('utf-8'))
d = copy.deepcopy(base); d = {'participants': d['participants'], 'version': 1, 'partners': d['partners'], 'format': d['format']}; valid('partners-after-participants', d)
d = copy.deepcopy(base); d['extensions'] = {'tool': 'crm', 'dup': 1, 'dup': 2}; d['partners'][0]['extensions'] = {'x': [1, {'y': None}]}
P(d)['extensions'] = {'unknown': True}; P(d)['registration']['extensions'] = {}; P(d)['monitor1']['extensions'] = {'a': 'é'}
P(d)['monitor2']['extensions'] = {'n': 1.5e300}; P(d)['monitor3']['extensions'] = {'s': '\u0000'}; P(d)['monitor3']['actions'][0]['extensions'] = {'k': 'v'}
valid('extensions-everywhere', d)
d = copy.deepcopy(base); p = P(d); p['registration'] = None; p['monitor2'] = None; p['monitor3'] = None; p['extensions'] = None
p['monitor1'].update(diagnosis=None, presentation=[], execution=[]); d['participants'].append({'id': 'SVH-0002', 'partner': 'SVH', 'segment': 'company'}); valid('incomplete-and-nulls', d)
valid('compact', raw=json.dumps(base, separators=(',', ':')).encode('utf-8'))
valid('escaped-strings', raw=dump(base).replace('"SVH-0001"', '"SVH-\\u0030001"').replace('"2015-06-15"', '"2015-06-1\\u0035"').replace('"company"', '"comp\\u0061ny"').encode('utf-8'))
valid('escaped-property-names', raw=dump(base).replace('"id":', '"\\u0069d":', 1).replace('"format":', '"\\u0066ormat":', 1).replace('"awareness":', '"aw\\u0061reness":', 1).encode('utf-8'))
valid('bom-and-whitespace', raw=b'\xef\xbb\xbf \r\n\t' + dump(base).encode('utf-8') + b'\r\n \n')
d = copy.deepcopy(base); P(d)['extensions'] = {'a': {'dup': 1}, 'b': {'dup': 2}, 'n': [1E300, -0.0, 12345678901234567890]}; valid('extensions-same-name-in-sibling-objects', d)
print(len(manifest), 'bad files')
