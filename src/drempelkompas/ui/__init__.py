"""The Qt Widgets user interface; it reaches the data only through the services."""
