package dev.startgate.function;

import dev.startgate.model.Resource;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YSequence;
import java.util.List;

/**
 * The parsed input: its resources and, for a ResourceList, the nodes startgate writes into.
 *
 * @param text the whole input
 * @param resources every object with apiVersion and kind, in input order
 * @param resourceList the ResourceList root, or null for a plain stream
 * @param items the ResourceList's items, or null
 * @param functionConfig the config found in the input, or null
 * @param documents the documents of a plain stream (one for a ResourceList)
 * @param newline the text's line break: {@code "\r\n"} if it holds a CRLF, else {@code "\n"}
 */
record Input(
    String text,
    List<YDocument> documents,
    List<Resource> resources,
    YMapping resourceList,
    YSequence items,
    Resource functionConfig,
    String newline) {

  boolean isResourceList() {
    return resourceList != null;
  }

  /** This input as read from {@code equal}, a string equal to its text (not compared again). */
  Input withText(String equal) {
    return new Input(equal, documents, resources, resourceList, items, functionConfig, newline);
  }
}
