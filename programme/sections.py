"""The programme's parts of the person's profile page
(``network.profile_sections``) and of "Download my data"
(``network.personal_data``): registrations and service requests."""
