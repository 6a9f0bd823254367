package nl.opgave.model.doelenboom;

/** Whether the owner of a doelenboom node is a member of the community or an organisation. */
public enum OwnerKind {
  /** A member, by member id. */
  MEMBER,
  /** An organisation, by organisation id. */
  ORGANISATION
}
