"""One module per task (a page or a few, and the JSON API calls for the same task), each with
its own ``router``: the browser's page and the API call of a task sit side by side, over the
same library function."""
