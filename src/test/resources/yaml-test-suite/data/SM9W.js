// Generated file, do NOT edit

export default {
  "id": "SM9W",
  "filename": "SM9W.yaml",
  "name": "Single character streams",
  "from": "@ingydotnet",
  "tags": [
    "sequence"
  ],
  "cases": [
    {
      "name": "Single character streams",
      "from": "@ingydotnet",
      "tags": [
        "sequence"
      ],
      "yaml": "-",
      "tree": "+STR\n +DOC\n  +SEQ\n   =VAL :\n  -SEQ\n -DOC\n-STR\n",
      "json": "[null]\n",
      "dump": "-\n"
    },
    {
      "tags": [
        "mapping"
      ],
      "yaml": ":",
      "tree": "+STR\n +DOC\n  +MAP\n   =VAL :\n   =VAL :\n  -MAP\n -DOC\n-STR\n",
      "json": null,
      "dump": ":\n"
    }
  ]
}
