"""The self-check page: ``audit serve`` (a local Starlette app) and its result view.

``view`` turns an audit result into what the result page shows, ``pages`` renders PDF
pages as images, ``uploads`` streams uploads into a temporary folder under a size
limit, ``app`` is the ASGI application and ``serve`` starts it with uvicorn.
"""
