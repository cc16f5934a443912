# Convenience targets for those who type `make`; each runs the project's task
# runner, ./run, which installs what it needs (see README).
.PHONY: demo test lint bench template

demo:
	./run demo

test:
	./run test

lint:
	./run lint

bench:
	./run bench

template:
	./run template
