"""Placeholder: this language's emitter is being written."""


def emit(model):
    return {}
