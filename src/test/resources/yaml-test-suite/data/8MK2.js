// Generated file, do NOT edit

export default {
  "id": "8MK2",
  "filename": "8MK2.yaml",
  "name": "Explicit Non-Specific Tag",
  "from": "NimYAML tests",
  "tags": [
    "tag",
    "1.3-err"
  ],
  "cases": [
    {
      "name": "Explicit Non-Specific Tag",
      "from": "NimYAML tests",
      "tags": [
        "tag",
        "1.3-err"
      ],
      "yaml": "! a\n",
      "tree": "+STR\n +DOC\n  =VAL <!> :a\n -DOC\n-STR\n",
      "json": "\"a\"\n"
    }
  ]
}
