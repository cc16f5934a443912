"""The closed vocabularies of the profile: data categories and delivery channels.

Keys are the profile's public interface (``first_name``); labels are what the
agreement prints ("First name"). The category lists follow the regulation's
definitions of "student information" and "directory information".
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = [
    "BREACH_GROUPS",
    "DELIVERY",
    "DIRECTORY_INFORMATION",
    "LAW_PLACES",
    "OPERATOR_DELIVERY",
    "STUDENT_INFORMATION",
    "WHOLE_CATEGORIES",
    "label",
    "with_article",
]


STUDENT_INFORMATION = MappingProxyType(
    {
        "first_name": "First name",
        "last_name": "Last name",
        "home_address": "Home address",
        "telephone_number": "Telephone number",
        "date_of_birth": "Date of birth",
        "email_address": "Email address",
        "discipline_records": "Discipline records",
        "test_results": "Test results",
        "grades": "Grades",
        "evaluations": "Evaluations",
        "criminal_records": "Criminal records",
        "medical_records": "Medical records",
        "health_records": "Health records",
        "social_security_number": "Social Security number",
        "biometric_information": "Biometric information",
        "disabilities": "Disabilities",
        "socioeconomic_information": "Socioeconomic information",
        "food_purchases": "Food purchases",
        "political_affiliations": "Political affiliations",
        "religious_affiliations": "Religious affiliations",
        "text_messages": "Text messages",
        "documents": "Documents",
        "student_identifiers": "Student identifiers",
        "search_activity": "Search activity",
        "photographs": "Photographs",
        "voice_recordings": "Voice recordings",
        "survey_responses": "Survey responses",
        "behavioral_assessments": "Behavioral assessments",
    }
)

DIRECTORY_INFORMATION = MappingProxyType(
    {
        "name": "Student's name",
        "address": "Address",
        "activities_and_sports": "Participation in officially recognized activities and sports",
        "grade_levels": "Grade levels",
        "athletic_weight_height": "Weight and height of members of athletic teams",
        "dates_of_attendance": "Dates of attendance",
        "degrees_and_awards": "Degrees and awards received",
    }
)

# Categories declared as a whole (``student_records: true``) rather than item by item;
# a subcontractor may receive them too.
WHOLE_CATEGORIES = MappingProxyType(
    {
        "student_records": "Student Records",
        "student_generated_content": "Student-Generated Content",
    }
)

DELIVERY = MappingProxyType(
    {
        "website": "website",
        "online_service": "online service",
        "mobile_application": "mobile application",
        "software": "software",
        "cloud_storage": "cloud-based storage",
        "professional_services": "professional services",
    }
)

# The groups a breach is described by (provision 6 treats them differently).
BREACH_GROUPS = MappingProxyType(
    {
        "student_information": "Student information (other than directory information)",
        "directory_information": "Directory information",
        "student_records": "Student records",
        "student_generated_content": "Student-generated content",
    }
)

# The regulation's "operator" operates at least one of these.
OPERATOR_DELIVERY = ("website", "online_service", "mobile_application")

_ALL_LABELS = {**STUDENT_INFORMATION, **DIRECTORY_INFORMATION, **WHOLE_CATEGORIES}


def label(category: str) -> str:
    """The printed label of a data category key (``first_name`` → "First name")."""
    return _ALL_LABELS[category]


def with_article(role: str) -> str:
    """ "an operator", "a consultant": a role as a sentence names it."""
    return f"{'an' if role[:1] in 'aeiou' else 'a'} {role}"


# The states (and the few countries vendors choose) whose law a contract may name instead of
# Connecticut's: ``audit`` names the one it finds, ``verify`` flags an edit that touches one.
LAW_PLACES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "England",
)  # fmt: skip
