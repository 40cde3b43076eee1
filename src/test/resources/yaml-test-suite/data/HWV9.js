// Generated file, do NOT edit

export default {
  "id": "HWV9",
  "filename": "HWV9.yaml",
  "name": "Document-end marker",
  "from": "@perlpunk",
  "tags": [
    "footer"
  ],
  "cases": [
    {
      "name": "Document-end marker",
      "from": "@perlpunk",
      "tags": [
        "footer"
      ],
      "yaml": "...\n",
      "tree": "+STR\n-STR\n",
      "json": "",
      "dump": ""
    }
  ]
}
