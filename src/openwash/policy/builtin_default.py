"""builtin:default resolved from policies/default.yml (see openwash.policy.preset): YAML is the text it
was resolved from, LOCKS the paths it locks, resolved() the policy's data, origins and sources.

Written by ``python -m openwash.policy.bake --write``; do not edit."""

# ruff: noqa

YAML = (
    '# openwash preset: default\n'
    '#\n'
    '# What "open source" must mean in a repository that uses openwash without a\n'
    '# policy of its own (and what every policy file without `extends:` starts\n'
    '# from).  An open-source (or fully open) claim about a model, its weights or\n'
    '# the project of a model release must be backed by:\n'
    '#   - a pointer to the training code (training scripts, configs, recipes in\n'
    '#     the tree or linked; inference code alone does not count),\n'
    '#   - a pointer to the training data or data information (dataset links,\n'
    '#     `datasets:` metadata, a data card or datasheet, a "Training data"\n'
    '#     section that names the sources),\n'
    '#   - an open license: OSI-approved for the code, OSI-approved or open-data\n'
    '#     (CC-BY, CDLA, ODC, OpenMDW) for the weights and the data.\n'
    '# A plain "open" claim needs an open license.  An open-weights claim is honest\n'
    '# wording: it only needs a weights pointer.  In a repository that releases no\n'
    '# model (plain software), an open-source claim only needs an OSI-approved\n'
    '# license.  Findings at severity error fail the run.\n'
    'version: 1\n'
    'description: openwash default - open-source model claims need training code, training data and an open license\n'
    'mode: enforce\n'
    'model_release: auto\n'
    'fail_on: error\n'
    '\n'
    'files:\n'
    '  include:\n'
    '    - "README*"\n'
    '    - "LICENSE*"\n'
    '    - "LICENCE*"\n'
    '    - "COPYING*"\n'
    '    - "NOTICE*"\n'
    '    - "*LICENSE*"\n'
    '    - "*LICENCE*"\n'
    '    - "USE_POLICY*"\n'
    '    - "USAGE_POLICY*"\n'
    '    - "ACCEPTABLE_USE*"\n'
    '    - "MODEL_CARD*"\n'
    '    - "MODEL-CARD*"\n'
    '    - "MODELCARD*"\n'
    '    - "model_card*"\n'
    '    - "DATA_CARD*"\n'
    '    - "DATASHEET*"\n'
    '    - "datasheet*"\n'
    '    - "CITATION.cff"\n'
    '    - "pyproject.toml"\n'
    '    - "package.json"\n'
    "    # Root Markdown and a folder's README count as a model card when they open with a card's front matter;\n"
    '    # without it they are side pages: read for training-code and training-data pointers only, never for claims.\n'
    '    - "*.md"\n'
    '    - "docs/**/*.md"\n'
    '    - ".github/README*"\n'
    '    - "docs/README*"\n'
    '    - "**/README.md"\n'
    '    - "**/MODEL_CARD*.md"\n'
    '    - "**/model_card*.md"\n'
    '    - "**/DATA_CARD*.md"\n'
    '    - "**/datasheet*.md"\n'
    '  exclude:\n'
    '    - "**/node_modules/**"\n'
    '    - "**/third_party/**"\n'
    '    - "**/third-party/**"\n'
    '    - "**/vendor/**"\n'
    '    - "**/.*/**"\n'
    '  # (CHANGELOG, CHANGES, HISTORY, CODE_OF_CONDUCT, CONTRIBUTING and SECURITY pages, wherever they are, are read\n'
    '  # only when an include glob this preset does not have selects them, such as "**/*.md"; in .github/ too)\n'
    '\n'
    'claims:\n'
    '  add: []\n'
    '  exclude: []\n'
    '\n'
    'requirements:\n'
    '  model_release:\n'
    '    open-source:\n'
    '      model: [training_code, training_data, open_license]\n'
    '      weights: [training_code, training_data, open_license]\n'
    '      project: [training_code, training_data, open_license]\n'
    '      other: [training_code, training_data, open_license]\n'
    '      code: [open_license]\n'
    '      data: [open_license]\n'
    '    open:\n'
    '      model: [open_license]\n'
    '      weights: [open_license]\n'
    '      project: [open_license]\n'
    '      other: [open_license]\n'
    '      code: [open_license]\n'
    '      data: [open_license]\n'
    '    open-weights:\n'
    '      model: [weights]\n'
    '      weights: [weights]\n'
    '      project: [weights]\n'
    '      other: [weights]\n'
    '      code: []\n'
    '      data: []\n'
    '  software:\n'
    '    open-source: [open_license]\n'
    '    open: [open_license]\n'
    '    open-weights: []\n'
    '\n'
    'licenses:\n'
    '  code:\n'
    '    allow: [osi]\n'
    '    deny: []\n'
    '  weights:\n'
    '    allow: [osi, open-data]\n'
    '    deny: []\n'
    '  data:\n'
    '    allow: [osi, open-data]\n'
    '    deny: []\n'
    '\n'
    'rules:\n'
    '  OW101: error\n'
    '  OW102: error\n'
    '  OW103: error\n'
    '  OW104: warning\n'
    '  OW105: warning\n'
    '  OW106: error\n'
    '  OW107: error\n'
    '  OW201: warning\n'
    '  OW202: warning\n'
    '  OW203: warning\n'
    '  OW301: notice\n'
    '  # EU AI Act Art. 53(2) checks: on in builtin:eu-ai-act-53-2 only.\n'
    '  OW401: off\n'
    '  OW402: off\n'
    '  OW403: off\n'
    '  OW404: off\n'
    '  OW405: off\n'
    '  OW406: off\n'
    '  OW407: off\n'
    '  OW901: error\n'
    '  OW902: warning\n'
    '\n'
    'waivers: []\n'
)
LOCKS = []


def resolved():
    return {
        'data': {
            'version': 1,
            'description': 'openwash default - open-source model claims need training code, training data and an open license',
            'mode': 'enforce',
            'model_release': 'auto',
            'fail_on': 'error',
            'files': {
                'include': ['README*', 'LICENSE*', 'LICENCE*', 'COPYING*', 'NOTICE*', '*LICENSE*', '*LICENCE*', 'USE_POLICY*', 'USAGE_POLICY*', 'ACCEPTABLE_USE*', 'MODEL_CARD*', 'MODEL-CARD*', 'MODELCARD*', 'model_card*', 'DATA_CARD*', 'DATASHEET*', 'datasheet*', 'CITATION.cff', 'pyproject.toml', 'package.json', '*.md', 'docs/**/*.md', '.github/README*', 'docs/README*', '**/README.md', '**/MODEL_CARD*.md', '**/model_card*.md', '**/DATA_CARD*.md', '**/datasheet*.md'],
                'exclude': ['**/node_modules/**', '**/third_party/**', '**/third-party/**', '**/vendor/**', '**/.*/**'],
            },
            'claims': {
                'add': [],
                'exclude': [],
            },
            'requirements': {
                'model_release': {
                    'open-source': {
                        'model': ['training_code', 'training_data', 'open_license'],
                        'weights': ['training_code', 'training_data', 'open_license'],
                        'project': ['training_code', 'training_data', 'open_license'],
                        'other': ['training_code', 'training_data', 'open_license'],
                        'code': ['open_license'],
                        'data': ['open_license'],
                    },
                    'open': {
                        'model': ['open_license'],
                        'weights': ['open_license'],
                        'project': ['open_license'],
                        'other': ['open_license'],
                        'code': ['open_license'],
                        'data': ['open_license'],
                    },
                    'open-weights': {
                        'model': ['weights'],
                        'weights': ['weights'],
                        'project': ['weights'],
                        'other': ['weights'],
                        'code': [],
                        'data': [],
                    },
                },
                'software': {
                    'open-source': ['open_license'],
                    'open': ['open_license'],
                    'open-weights': [],
                },
            },
            'licenses': {
                'code': {
                    'allow': ['osi'],
                    'deny': [],
                },
                'weights': {
                    'allow': ['osi', 'open-data'],
                    'deny': [],
                },
                'data': {
                    'allow': ['osi', 'open-data'],
                    'deny': [],
                },
            },
            'rules': {
                'OW101': 'error',
                'OW102': 'error',
                'OW103': 'error',
                'OW104': 'warning',
                'OW105': 'warning',
                'OW106': 'error',
                'OW107': 'error',
                'OW201': 'warning',
                'OW202': 'warning',
                'OW203': 'warning',
                'OW301': 'notice',
                'OW401': 'off',
                'OW402': 'off',
                'OW403': 'off',
                'OW404': 'off',
                'OW405': 'off',
                'OW406': 'off',
                'OW407': 'off',
                'OW901': 'error',
                'OW902': 'warning',
            },
            'waivers': [],
        },
        'origins': {
            'version': 'builtin:default:18',
            'description': 'builtin:default:19',
            'mode': 'builtin:default:20',
            'model_release': 'builtin:default:21',
            'fail_on': 'builtin:default:22',
            'files': 'builtin:default:24',
            'files.include': 'builtin:default:25',
            'files.include[0]': 'builtin:default:26',
            'files.include[1]': 'builtin:default:27',
            'files.include[2]': 'builtin:default:28',
            'files.include[3]': 'builtin:default:29',
            'files.include[4]': 'builtin:default:30',
            'files.include[5]': 'builtin:default:31',
            'files.include[6]': 'builtin:default:32',
            'files.include[7]': 'builtin:default:33',
            'files.include[8]': 'builtin:default:34',
            'files.include[9]': 'builtin:default:35',
            'files.include[10]': 'builtin:default:36',
            'files.include[11]': 'builtin:default:37',
            'files.include[12]': 'builtin:default:38',
            'files.include[13]': 'builtin:default:39',
            'files.include[14]': 'builtin:default:40',
            'files.include[15]': 'builtin:default:41',
            'files.include[16]': 'builtin:default:42',
            'files.include[17]': 'builtin:default:43',
            'files.include[18]': 'builtin:default:44',
            'files.include[19]': 'builtin:default:45',
            'files.include[20]': 'builtin:default:48',
            'files.include[21]': 'builtin:default:49',
            'files.include[22]': 'builtin:default:50',
            'files.include[23]': 'builtin:default:51',
            'files.include[24]': 'builtin:default:52',
            'files.include[25]': 'builtin:default:53',
            'files.include[26]': 'builtin:default:54',
            'files.include[27]': 'builtin:default:55',
            'files.include[28]': 'builtin:default:56',
            'files.exclude': 'builtin:default:57',
            'files.exclude[0]': 'builtin:default:58',
            'files.exclude[1]': 'builtin:default:59',
            'files.exclude[2]': 'builtin:default:60',
            'files.exclude[3]': 'builtin:default:61',
            'files.exclude[4]': 'builtin:default:62',
            'claims': 'builtin:default:66',
            'claims.add': 'builtin:default:67',
            'claims.exclude': 'builtin:default:68',
            'requirements': 'builtin:default:70',
            'requirements.model_release': 'builtin:default:71',
            'requirements.model_release.open-source': 'builtin:default:72',
            'requirements.model_release.open-source.model': 'builtin:default:73',
            'requirements.model_release.open-source.model[0]': 'builtin:default:73',
            'requirements.model_release.open-source.model[1]': 'builtin:default:73',
            'requirements.model_release.open-source.model[2]': 'builtin:default:73',
            'requirements.model_release.open-source.weights': 'builtin:default:74',
            'requirements.model_release.open-source.weights[0]': 'builtin:default:74',
            'requirements.model_release.open-source.weights[1]': 'builtin:default:74',
            'requirements.model_release.open-source.weights[2]': 'builtin:default:74',
            'requirements.model_release.open-source.project': 'builtin:default:75',
            'requirements.model_release.open-source.project[0]': 'builtin:default:75',
            'requirements.model_release.open-source.project[1]': 'builtin:default:75',
            'requirements.model_release.open-source.project[2]': 'builtin:default:75',
            'requirements.model_release.open-source.other': 'builtin:default:76',
            'requirements.model_release.open-source.other[0]': 'builtin:default:76',
            'requirements.model_release.open-source.other[1]': 'builtin:default:76',
            'requirements.model_release.open-source.other[2]': 'builtin:default:76',
            'requirements.model_release.open-source.code': 'builtin:default:77',
            'requirements.model_release.open-source.code[0]': 'builtin:default:77',
            'requirements.model_release.open-source.data': 'builtin:default:78',
            'requirements.model_release.open-source.data[0]': 'builtin:default:78',
            'requirements.model_release.open': 'builtin:default:79',
            'requirements.model_release.open.model': 'builtin:default:80',
            'requirements.model_release.open.model[0]': 'builtin:default:80',
            'requirements.model_release.open.weights': 'builtin:default:81',
            'requirements.model_release.open.weights[0]': 'builtin:default:81',
            'requirements.model_release.open.project': 'builtin:default:82',
            'requirements.model_release.open.project[0]': 'builtin:default:82',
            'requirements.model_release.open.other': 'builtin:default:83',
            'requirements.model_release.open.other[0]': 'builtin:default:83',
            'requirements.model_release.open.code': 'builtin:default:84',
            'requirements.model_release.open.code[0]': 'builtin:default:84',
            'requirements.model_release.open.data': 'builtin:default:85',
            'requirements.model_release.open.data[0]': 'builtin:default:85',
            'requirements.model_release.open-weights': 'builtin:default:86',
            'requirements.model_release.open-weights.model': 'builtin:default:87',
            'requirements.model_release.open-weights.model[0]': 'builtin:default:87',
            'requirements.model_release.open-weights.weights': 'builtin:default:88',
            'requirements.model_release.open-weights.weights[0]': 'builtin:default:88',
            'requirements.model_release.open-weights.project': 'builtin:default:89',
            'requirements.model_release.open-weights.project[0]': 'builtin:default:89',
            'requirements.model_release.open-weights.other': 'builtin:default:90',
            'requirements.model_release.open-weights.other[0]': 'builtin:default:90',
            'requirements.model_release.open-weights.code': 'builtin:default:91',
            'requirements.model_release.open-weights.data': 'builtin:default:92',
            'requirements.software': 'builtin:default:93',
            'requirements.software.open-source': 'builtin:default:94',
            'requirements.software.open-source[0]': 'builtin:default:94',
            'requirements.software.open': 'builtin:default:95',
            'requirements.software.open[0]': 'builtin:default:95',
            'requirements.software.open-weights': 'builtin:default:96',
            'licenses': 'builtin:default:98',
            'licenses.code': 'builtin:default:99',
            'licenses.code.allow': 'builtin:default:100',
            'licenses.code.allow[0]': 'builtin:default:100',
            'licenses.code.deny': 'builtin:default:101',
            'licenses.weights': 'builtin:default:102',
            'licenses.weights.allow': 'builtin:default:103',
            'licenses.weights.allow[0]': 'builtin:default:103',
            'licenses.weights.allow[1]': 'builtin:default:103',
            'licenses.weights.deny': 'builtin:default:104',
            'licenses.data': 'builtin:default:105',
            'licenses.data.allow': 'builtin:default:106',
            'licenses.data.allow[0]': 'builtin:default:106',
            'licenses.data.allow[1]': 'builtin:default:106',
            'licenses.data.deny': 'builtin:default:107',
            'rules': 'builtin:default:109',
            'rules.OW101': 'builtin:default:110',
            'rules.OW102': 'builtin:default:111',
            'rules.OW103': 'builtin:default:112',
            'rules.OW104': 'builtin:default:113',
            'rules.OW105': 'builtin:default:114',
            'rules.OW106': 'builtin:default:115',
            'rules.OW107': 'builtin:default:116',
            'rules.OW201': 'builtin:default:117',
            'rules.OW202': 'builtin:default:118',
            'rules.OW203': 'builtin:default:119',
            'rules.OW301': 'builtin:default:120',
            'rules.OW401': 'builtin:default:122',
            'rules.OW402': 'builtin:default:123',
            'rules.OW403': 'builtin:default:124',
            'rules.OW404': 'builtin:default:125',
            'rules.OW405': 'builtin:default:126',
            'rules.OW406': 'builtin:default:127',
            'rules.OW407': 'builtin:default:128',
            'rules.OW901': 'builtin:default:129',
            'rules.OW902': 'builtin:default:130',
            'waivers': 'builtin:default:132',
        },
        'sources': ['builtin:default'],
    }
