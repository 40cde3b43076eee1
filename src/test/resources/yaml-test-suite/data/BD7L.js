// Generated file, do NOT edit

export default {
  "id": "BD7L",
  "filename": "BD7L.yaml",
  "name": "Invalid mapping after sequence",
  "from": "@perlpunk",
  "tags": [
    "error",
    "mapping",
    "sequence"
  ],
  "cases": [
    {
      "name": "Invalid mapping after sequence",
      "from": "@perlpunk",
      "tags": [
        "error",
        "mapping",
        "sequence"
      ],
      "fail": true,
      "yaml": "- item1\n- item2\ninvalid: x\n",
      "tree": "+STR\n +DOC\n  +SEQ\n   =VAL :item1\n   =VAL :item2\n"
    }
  ]
}
