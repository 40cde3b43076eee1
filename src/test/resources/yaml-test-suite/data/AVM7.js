// Generated file, do NOT edit

export default {
  "id": "AVM7",
  "filename": "AVM7.yaml",
  "name": "Empty Stream",
  "from": "https://github.com/ingydotnet/yaml-pegex-pm/blob/master/test/misc.tml",
  "tags": [
    "edge"
  ],
  "cases": [
    {
      "name": "Empty Stream",
      "from": "https://github.com/ingydotnet/yaml-pegex-pm/blob/master/test/misc.tml",
      "tags": [
        "edge"
      ],
      "yaml": "",
      "tree": "+STR\n-STR\n",
      "json": ""
    }
  ]
}
