// Generated file, do NOT edit

export default {
  "id": "B63P",
  "filename": "B63P.yaml",
  "name": "Directive without document",
  "from": "AdaYaml tests",
  "tags": [
    "error",
    "directive",
    "document"
  ],
  "cases": [
    {
      "name": "Directive without document",
      "from": "AdaYaml tests",
      "tags": [
        "error",
        "directive",
        "document"
      ],
      "fail": true,
      "yaml": "%YAML 1.2\n...\n",
      "tree": "+STR\n"
    }
  ]
}
