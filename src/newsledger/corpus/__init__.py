"""Views across articles: figure series per source, contradicting claims."""
