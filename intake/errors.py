"""The small exception hierarchy every user-facing failure belongs to.

IntakeError           anything intake reports to a person in one line
  SettingsError       a configuration key or file is wrong (names the key or file)
  InputError          a file or value given on the command line cannot be used
  TransitionError     a case cannot move to the requested state
  NotFound            a case, message or subject reference does not exist
  Unavailable         a system intake relies on (the organisation's records database) cannot be reached now
"""


class IntakeError(Exception):
    """A failure a person can act on; its message is one line."""


class SettingsError(IntakeError):
    pass


class InputError(IntakeError):
    pass


class TransitionError(IntakeError):
    pass


class NotFound(IntakeError):
    pass


class Unavailable(IntakeError):
    """Raised for a failure of the moment: the work waits and is tried again, it is not set aside."""
