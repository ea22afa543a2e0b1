"""The Hugging Face Hub: ``openwash hf`` (a sweep of models) and its discussions.  Nothing here is imported
by ``openwash check``; ``huggingface_hub`` is imported by :mod:`openwash.hub.client` only."""
