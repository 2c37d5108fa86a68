"""Rule: users of the product (employees of a client) must ask their employer to delete their account."""

from __future__ import annotations

from intake.policy.rules import Context, Hit, Outcome


class EmployerRedirect:
    name = "employer_redirect"
    description = (
        "Erasure from a verified subject whose role is 'user': the statement says such users request deletion "
        "through their employer; the reply names the employer, and the employer's admin contact gets a notice."
    )

    def check(self, ctx: Context) -> Hit | None:
        record = ctx.record
        if "erasure" not in ctx.extraction.rights or record is None or (record.role or "").lower() != "user":
            return None
        employer = record.employer or ctx.extraction.employer
        context = {"employer": employer, "employer_contact": record.employer_contact}
        outcomes = [Outcome("employer_redirect", "erasure", ctx.requester, reason="erasure by a user", context=context)]
        if record.employer_contact and ctx.settings.policy.notify_employer:
            outcomes.append(
                Outcome(
                    "employer_notice",
                    "erasure",
                    record.employer_contact,
                    reason="tell the employer's admin that one of its users asked for erasure",
                    context={**context, "subject_name": record.name},
                )
            )
        return Hit(self.name, f"erasure by a user of {employer}: redirect to the employer", outcomes=outcomes)
