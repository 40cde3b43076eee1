// Generated file, do NOT edit

export default {
  "id": "98YD",
  "filename": "98YD.yaml",
  "name": "Spec Example 5.5. Comment Indicator",
  "from": "http://www.yaml.org/spec/1.2/spec.html#id2773032",
  "tags": [
    "spec",
    "comment",
    "empty"
  ],
  "cases": [
    {
      "name": "Spec Example 5.5. Comment Indicator",
      "from": "http://www.yaml.org/spec/1.2/spec.html#id2773032",
      "tags": [
        "spec",
        "comment",
        "empty"
      ],
      "yaml": "# Comment only.\n",
      "tree": "+STR\n-STR\n",
      "json": "",
      "dump": ""
    }
  ]
}
