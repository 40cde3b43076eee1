// Generated file, do NOT edit

export default {
  "id": "9KBC",
  "filename": "9KBC.yaml",
  "name": "Mapping starting at --- line",
  "from": "https://gist.github.com/anonymous/c728390e92ec93fb371ac77f21435cca via @ingydotnet",
  "tags": [
    "error",
    "header",
    "mapping"
  ],
  "cases": [
    {
      "name": "Mapping starting at --- line",
      "from": "https://gist.github.com/anonymous/c728390e92ec93fb371ac77f21435cca via @ingydotnet",
      "tags": [
        "error",
        "header",
        "mapping"
      ],
      "fail": true,
      "yaml": "--- key1: value1\n    key2: value2\n",
      "tree": "+STR\n +DOC ---\n"
    }
  ]
}
