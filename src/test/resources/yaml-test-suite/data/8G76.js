// Generated file, do NOT edit

export default {
  "id": "8G76",
  "filename": "8G76.yaml",
  "name": "Spec Example 6.10. Comment Lines",
  "from": "http://www.yaml.org/spec/1.2/spec.html#id2780544",
  "tags": [
    "spec",
    "comment",
    "empty",
    "scalar",
    "whitespace"
  ],
  "cases": [
    {
      "name": "Spec Example 6.10. Comment Lines",
      "from": "http://www.yaml.org/spec/1.2/spec.html#id2780544",
      "tags": [
        "spec",
        "comment",
        "empty",
        "scalar",
        "whitespace"
      ],
      "yaml": "  # Comment\n   \n\n\n",
      "tree": "+STR\n-STR\n",
      "json": "",
      "dump": ""
    }
  ]
}
