// Generated file, do NOT edit

export default {
  "id": "LHL4",
  "filename": "LHL4.yaml",
  "name": "Invalid tag",
  "from": "@perlpunk",
  "tags": [
    "error",
    "tag"
  ],
  "cases": [
    {
      "name": "Invalid tag",
      "from": "@perlpunk",
      "tags": [
        "error",
        "tag"
      ],
      "fail": true,
      "yaml": "---\n!invalid{}tag scalar\n",
      "tree": "+STR\n +DOC ---\n"
    }
  ]
}
