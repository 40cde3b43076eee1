// Generated file, do NOT edit

export default {
  "id": "ZCZ6",
  "filename": "ZCZ6.yaml",
  "name": "Invalid mapping in plain single line value",
  "from": "https://gist.github.com/anonymous/0c8db51d151baf8113205ba3ce71d1b4 via @ingydotnet",
  "tags": [
    "error",
    "mapping",
    "scalar"
  ],
  "cases": [
    {
      "name": "Invalid mapping in plain single line value",
      "from": "https://gist.github.com/anonymous/0c8db51d151baf8113205ba3ce71d1b4 via @ingydotnet",
      "tags": [
        "error",
        "mapping",
        "scalar"
      ],
      "fail": true,
      "yaml": "a: b: c: d\n",
      "tree": "+STR\n +DOC\n  +MAP\n   =VAL :a\n"
    }
  ]
}
