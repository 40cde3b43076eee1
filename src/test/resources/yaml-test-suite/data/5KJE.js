// Generated file, do NOT edit

export default {
  "id": "5KJE",
  "filename": "5KJE.yaml",
  "name": "Spec Example 7.13. Flow Sequence",
  "from": "http://www.yaml.org/spec/1.2/spec.html#id2790506",
  "tags": [
    "spec",
    "flow",
    "sequence"
  ],
  "cases": [
    {
      "name": "Spec Example 7.13. Flow Sequence",
      "from": "http://www.yaml.org/spec/1.2/spec.html#id2790506",
      "tags": [
        "spec",
        "flow",
        "sequence"
      ],
      "yaml": "- [ one, two, ]\n- [three ,four]\n",
      "tree": "+STR\n +DOC\n  +SEQ\n   +SEQ []\n    =VAL :one\n    =VAL :two\n   -SEQ\n   +SEQ []\n    =VAL :three\n    =VAL :four\n   -SEQ\n  -SEQ\n -DOC\n-STR\n",
      "json": "[\n  [\n    \"one\",\n    \"two\"\n  ],\n  [\n    \"three\",\n    \"four\"\n  ]\n]\n",
      "dump": "- - one\n  - two\n- - three\n  - four\n"
    }
  ]
}
