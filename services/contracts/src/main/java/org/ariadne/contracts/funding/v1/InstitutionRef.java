package org.ariadne.contracts.funding.v1;

/**
 * An institution as funding events name it: the name as printed (always) and the partners service's institution id
 * once it is resolved (null until then). Holders, funders, providers and receivers are all named this way, so a later
 * resolution or merge of institutions never needs a new event shape.
 */
public record InstitutionRef(String name, String institutionId) {
}
