// Generated file, do NOT edit

export default {
  "id": "JR7V",
  "filename": "JR7V.yaml",
  "name": "Question marks in scalars",
  "from": "@perlpunk",
  "tags": [
    "flow",
    "scalar"
  ],
  "cases": [
    {
      "name": "Question marks in scalars",
      "from": "@perlpunk",
      "tags": [
        "flow",
        "scalar"
      ],
      "yaml": "- a?string\n- another ? string\n- key: value?\n- [a?string]\n- [another ? string]\n- {key: value? }\n- {key: value?}\n- {key?: value }\n",
      "tree": "+STR\n +DOC\n  +SEQ\n   =VAL :a?string\n   =VAL :another ? string\n   +MAP\n    =VAL :key\n    =VAL :value?\n   -MAP\n   +SEQ []\n    =VAL :a?string\n   -SEQ\n   +SEQ []\n    =VAL :another ? string\n   -SEQ\n   +MAP {}\n    =VAL :key\n    =VAL :value?\n   -MAP\n   +MAP {}\n    =VAL :key\n    =VAL :value?\n   -MAP\n   +MAP {}\n    =VAL :key?\n    =VAL :value\n   -MAP\n  -SEQ\n -DOC\n-STR\n",
      "json": "[\n  \"a?string\",\n  \"another ? string\",\n  {\n    \"key\": \"value?\"\n  },\n  [\n    \"a?string\"\n  ],\n  [\n    \"another ? string\"\n  ],\n  {\n    \"key\": \"value?\"\n  },\n  {\n    \"key\": \"value?\"\n  },\n  {\n    \"key?\": \"value\"\n  }\n]\n",
      "dump": "- a?string\n- another ? string\n- key: value?\n- - a?string\n- - another ? string\n- key: value?\n- key: value?\n- key?: value\n"
    }
  ]
}
