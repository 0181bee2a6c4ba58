"""The call form's «Testi della determinazione» tab: who decides, and the paragraphs the grant decision and its
letters quote (premises, legal references, payment terms, obligations, revocation)."""

from __future__ import annotations

from equilibri_desktop.ui.screens.grants.calls_fields import CallTab


class TextsTab(CallTab):
    TITLE = "&5 Testi della determinazione"
    FORM = "grants/call_texts_tab"
    TEXTS = ("deciding_officer",)
    PLAINS = ("premises_text", "legal_references_text", "payment_terms_text", "obligations_text", "revocation_text")
