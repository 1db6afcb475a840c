"""Short tips per step: what the facilitator says and does (from the CSC methodology notes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

# lupdate needs the context written out in each call ("Tips").


def tip_for(stage: str) -> str:
    """The tip of a step, translated (each is a few plain sentences)."""
    tips = {
        "setup": QCoreApplication.translate(
            "Tips",
            "Meet the community leaders and the service providers first: agree the dates, the "
            "venue and who facilitates. Each group needs two facilitators, a lead and a "
            "note-taker; at least one should be trusted locally. Plan a date for every step.",
        ),
        "participants": QCoreApplication.translate(
            "Tips",
            "Say why we are here and that no names are written down. Split people into interest "
            "groups: women, men, youth, elders, people with disabilities. Give each person a "
            "numbered sticker. Ask who is missing today and how to reach them.",
        ),
        "input_tracking": QCoreApplication.translate(
            "Tips",
            "Read out what the facility is entitled to (staff, medicines, equipment) and where "
            "that is written. Then ask the group: what is actually there? Write what the group "
            "agrees, with remarks.",
        ),
        "issues": QCoreApplication.translate(
            "Tips",
            "Ask: how are things going? What works? What does not? Record an issue only when the "
            "group agrees. Merge issues that say the same thing, then let people vote for the "
            "most important ones.",
        ),
        "indicators": QCoreApplication.translate(
            "Tips",
            "Turn the top issues of all groups into common indicators, worded so that they can be "
            "scored. Five to eight indicators are enough. Once scoring starts, keep the list.",
        ),
        "community_scoring": QCoreApplication.translate(
            "Tips",
            "Restate who may be absent, then explain the scale with its faces and words. Score one "
            "indicator at a time and always ask why: write the reason and a suggestion.",
        ),
        "provider_scoring": QCoreApplication.translate(
            "Tips",
            "Staff score the same indicators, and may add one or two of their own. Say clearly "
            "that this is not finger-pointing: both sides look for solutions together.",
        ),
        "interface_meeting": QCoreApplication.translate(
            "Tips",
            "Bring community representatives, staff and officials together. Show both scores side "
            "by side, start with what works, then talk through the largest gaps calmly.",
        ),
        "action_plan": QCoreApplication.translate(
            "Tips",
            "For each gap, agree one concrete action, a named person responsible, a date and the "
            "resources. Mark what the district must solve as escalated.",
        ),
        "follow_up": QCoreApplication.translate(
            "Tips",
            "Check each action every month and write down its status with a date. Overdue actions "
            "come first. The next round starts by reviewing this plan.",
        ),
    }
    return tips.get(stage, "")


class TipsPanel(QWidget):
    """A collapsible panel: a toggle button (F1) and the tip of the current step."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setAccessibleName(self.tr("Show tips for this step"))
        self.toggle.setToolTip(self.tr("Show or hide the tips (F1)"))
        self.toggle.setShortcut("F1")
        self.toggle.setAutoRaise(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("tipText")
        self.text.setAccessibleName(self.tr("Tip"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.toggle)
        lay.addWidget(self.text)
        self.toggle.toggled.connect(self._toggled)
        self._toggled(True)

    def _toggled(self, shown: bool) -> None:
        self.text.setVisible(shown)
        self.toggle.setText(self.tr("▾ Tips for this step") if shown else self.tr("▸ Tips"))

    def set_stage(self, stage: str, own: str = "") -> None:
        """Show a step's tip: the page's own words when it has them, else the general ones."""
        self.text.setText(own or tip_for(stage))

    def set_shown(self, shown: bool) -> None:
        self.toggle.setChecked(shown)
