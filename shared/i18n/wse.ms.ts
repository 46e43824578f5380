/** The WSE framework (domains, aspects and the cluster's terms of reference), band history and aspect ratings. */
export const wseMs = {
  title: 'WSE',
  /** A domain's heading in the profile's tables. */
  domainTitle: 'DOMAIN {{number}}: {{name}}',
};
