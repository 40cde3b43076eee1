// Generated file, do NOT edit

export default {
  "id": "9MMA",
  "filename": "9MMA.yaml",
  "name": "Directive by itself with no document",
  "from": "@ingydotnet",
  "tags": [
    "error",
    "directive"
  ],
  "cases": [
    {
      "name": "Directive by itself with no document",
      "from": "@ingydotnet",
      "tags": [
        "error",
        "directive"
      ],
      "fail": true,
      "yaml": "%YAML 1.2\n",
      "tree": "+STR\n"
    }
  ]
}
