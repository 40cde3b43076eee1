// Generated file, do NOT edit

export default {
  "id": "QT73",
  "filename": "QT73.yaml",
  "name": "Comment and document-end marker",
  "from": "@perlpunk",
  "tags": [
    "comment",
    "footer"
  ],
  "cases": [
    {
      "name": "Comment and document-end marker",
      "from": "@perlpunk",
      "tags": [
        "comment",
        "footer"
      ],
      "yaml": "# comment\n...\n",
      "tree": "+STR\n-STR\n",
      "json": "",
      "dump": ""
    }
  ]
}
