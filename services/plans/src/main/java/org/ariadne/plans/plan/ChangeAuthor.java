package org.ariadne.plans.plan;

/** Who is changing plans right now and why: the token's subject and the reason given with the request (or null). */
public interface ChangeAuthor {

    String actor();

    String reason();
}
