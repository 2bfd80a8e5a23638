"""What the running program needs of Qt's core: translations, folders, settings, the lock, the crash log."""
