// Generated file, do NOT edit

export default {
  "id": "YJV2",
  "filename": "YJV2.yaml",
  "name": "Dash in flow sequence",
  "from": "@ingydotnet",
  "tags": [
    "flow",
    "sequence"
  ],
  "cases": [
    {
      "name": "Dash in flow sequence",
      "from": "@ingydotnet",
      "tags": [
        "flow",
        "sequence"
      ],
      "fail": true,
      "yaml": "[-]\n",
      "tree": "+STR\n +DOC\n  +SEQ []\n"
    }
  ]
}
