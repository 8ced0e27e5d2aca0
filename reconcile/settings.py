"""Tunable settings of a run, with their documented defaults."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .values import DEFAULT_TOLERANCE


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    tolerance: float = Field(
        DEFAULT_TOLERANCE, ge=0, le=1,
        description="How far an approximate figure ('about 5,000') may stray, as a fraction of it.")
    subject_similarity: float = Field(
        90, ge=0, le=100,
        description="rapidfuzz score (0-100) above which two subjects are grouped as one.")
    name_similarity: float = Field(
        85, ge=0, le=100,
        description="rapidfuzz score (0-100) above which two spellings name one person.")
