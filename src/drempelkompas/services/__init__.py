"""The use cases: every change a user can make, each one committed transaction. No widgets."""
