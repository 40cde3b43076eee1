// Generated file, do NOT edit

export default {
  "id": "6CA3",
  "filename": "6CA3.yaml",
  "name": "Tab indented top flow",
  "from": "@ingydotnet",
  "tags": [
    "indent",
    "whitespace"
  ],
  "cases": [
    {
      "name": "Tab indented top flow",
      "from": "@ingydotnet",
      "tags": [
        "indent",
        "whitespace"
      ],
      "yaml": "\t[\n\t]\n",
      "tree": "+STR\n +DOC\n  +SEQ []\n  -SEQ\n -DOC\n-STR\n",
      "json": "[]\n",
      "emit": "--- []\n"
    }
  ]
}
