// name: ping
RETURN 1;
