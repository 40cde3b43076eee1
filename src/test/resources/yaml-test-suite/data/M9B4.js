// Generated file, do NOT edit

export default {
  "id": "M9B4",
  "filename": "M9B4.yaml",
  "name": "Spec Example 8.7. Literal Scalar",
  "from": "http://www.yaml.org/spec/1.2/spec.html#id2795789",
  "tags": [
    "spec",
    "literal",
    "scalar",
    "whitespace",
    "1.3-err"
  ],
  "cases": [
    {
      "name": "Spec Example 8.7. Literal Scalar",
      "from": "http://www.yaml.org/spec/1.2/spec.html#id2795789",
      "tags": [
        "spec",
        "literal",
        "scalar",
        "whitespace",
        "1.3-err"
      ],
      "yaml": "|\n literal\n \ttext\n\n\n",
      "tree": "+STR\n +DOC\n  =VAL |literal\\n\\ttext\\n\n -DOC\n-STR\n",
      "json": "\"literal\\n\\ttext\\n\"\n",
      "dump": "|\n  literal\n  \ttext\n"
    }
  ]
}
