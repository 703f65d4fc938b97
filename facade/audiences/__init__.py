"""audiences: one client for the Buzzabout, AudienceLab and Leadpipe APIs."""
