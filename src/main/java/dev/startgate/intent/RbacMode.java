package dev.startgate.intent;

/** Whether startgate generates the RBAC objects Kubernetes gates need. */
public enum RbacMode {
  /** Generate a ServiceAccount (when needed), a Role and a RoleBinding. */
  AUTO,
  /** Generate nothing; an info result says which rights to grant. */
  NONE
}
