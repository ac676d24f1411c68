import KuuloApp

Kuulo.start()
