/**
 * The platform's services on the credit repository, without HTTP or Camel (ARCHITECTURE.md, "The read side"):
 * access policy, subject profiles, vouchers, credit reports, publication rules and the objection, complaint and
 * repair workflows. The gateway wires them to REST and SOAP.
 */
package cn.jining.credithub.services;
